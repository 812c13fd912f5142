package io.promisedesk.workbench;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's section of Jira's administration menu as its packaged descriptor declares it (the web-section on
 * {@code admin_plugins_menu} and its web-items, labels in English), drawn around an admin page as Jira's {@code atl.admin}
 * decorator draws its left-hand menu: AUI's page panel with a vertical navigation group, the page's item selected.
 */
final class AdminMenu {
    /** Where Jira 10 apps put their administration ("Manage apps"). */
    static final String LOCATION = "admin_plugins_menu";
    private static final AdminMenu PACKAGED = read(PluginWebResources.DESCRIPTOR);

    /** One web-item: its link id (Jira's id of the link, and what {@code admin.active.tab} names), label and path. */
    record Item(String linkId, String label, String path, int weight) {
    }

    private final String section;
    private final String label;
    private final List<Item> items;

    private AdminMenu(String section, String label, List<Item> items) {
        this.section = section;
        this.label = label;
        this.items = List.copyOf(items);
    }

    static AdminMenu packaged() {
        return PACKAGED;
    }

    /** The section as {@code admin.active.section} names it: {@code location/key}. */
    String section() {
        return section;
    }

    List<Item> items() {
        return items;
    }

    /** The admin frame around {@code body}: Jira's administration header, the menu with {@code activeTab} selected. */
    String around(String activeTab, String body) {
        if (items.stream().noneMatch(item -> item.linkId().equals(activeTab))) {
            throw new IllegalArgumentException("no item " + activeTab + " in the admin section " + section);
        }
        StringBuilder html = new StringBuilder(body.length() + 2048);
        // Jira's administration header; a paragraph, not a heading, so that the page's own h1 stays the only one.
        html.append("<div class=\"workbench-admin-header\"><p class=\"workbench-admin-header__title\">Administration</p>"
                        + "</div>\n<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n"
                        + "<div class=\"aui-page-panel-nav\"><nav class=\"aui-navgroup aui-navgroup-vertical"
                        + " workbench-admin-menu\" aria-label=\"Administration\"><div class=\"aui-navgroup-inner\">"
                        + "<div class=\"aui-navgroup-primary\">\n<div class=\"aui-nav-heading\"><strong>")
                .append(Html.escape(label)).append("</strong></div>\n<ul class=\"aui-nav\">\n");
        for (Item item : items) {
            boolean active = item.linkId().equals(activeTab);
            html.append("<li").append(active ? " class=\"aui-nav-selected\"" : "").append("><a id=\"")
                    .append(Html.escape(item.linkId())).append("\" href=\"").append(Html.escape(item.path())).append('"')
                    .append(active ? " aria-current=\"page\"" : "").append('>').append(Html.escape(item.label()))
                    .append("</a></li>\n");
        }
        return html.append("</ul>\n</div></div></nav></div>\n<section class=\"aui-page-panel-content\">\n").append(body)
                .append("</section>\n</div></div>\n").toString();
    }

    static AdminMenu read(String descriptorResource) {
        Document descriptor = PluginWebResources.parse(descriptorResource);
        ResourceBundle english = ResourceBundle.getBundle("i18n/promisedesk", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Element root = descriptor.getDocumentElement();
        List<Element> sections = PluginWebResources.children(root, "web-section").stream()
                .filter(each -> each.getAttribute("location").equals(LOCATION)).toList();
        if (sections.size() != 1) {
            throw new IllegalStateException(descriptorResource + " declares " + sections.size()
                    + " web-sections on " + LOCATION + ", the workbench draws one");
        }
        Element section = sections.get(0);
        String name = LOCATION + "/" + section.getAttribute("key");
        List<Item> items = new ArrayList<>();
        for (Element item : PluginWebResources.children(root, "web-item")) {
            if (item.getAttribute("section").equals(name)) {
                Element link = PluginWebResources.children(item, "link").get(0);
                items.add(new Item(link.getAttribute("linkId"), label(item, english), link.getTextContent().strip(),
                        Integer.parseInt(item.getAttribute("weight"))));
            }
        }
        items.sort(Comparator.comparingInt(Item::weight));
        return new AdminMenu(name, label(section, english), items);
    }

    private static String label(Element module, ResourceBundle english) {
        return english.getString(PluginWebResources.children(module, "label").get(0).getAttribute("key"));
    }
}
