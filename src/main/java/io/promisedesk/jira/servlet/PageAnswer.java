package io.promisedesk.jira.servlet;

import io.promisedesk.common.DownloadName;
import io.promisedesk.common.Require;

import java.util.List;
import java.util.Map;

/**
 * What a page request is answered with: a page inside Jira's decorator, a redirect, the login page, or a file to
 * download.
 */
public sealed interface PageAnswer permits PageAnswer.Page, PageAnswer.Redirect, PageAnswer.Login,
        PageAnswer.Download {

    /**
     * A page with an HTTP status: its title and id go to {@link Page#START}, which also shows the title as the page's
     * heading when {@code headed} (for sections that bring no heading of their own), then each section's template is
     * rendered with its own context (contexts of two views may use the same keys), then {@link Page#END}.
     */
    record Page(int status, String title, String id, boolean headed, List<Section> sections, Frame frame)
            implements PageAnswer {
        /** Opens the page: the title and Jira's page decorator in the head. */
        public static final String START = "templates/page/page-start.vm";
        /** Closes what {@link #START} opened. */
        public static final String END = "templates/page/page-end.vm";

        public Page {
            Require.present(title, "title");
            Require.present(id, "id");
            sections = List.copyOf(Require.present(sections, "sections"));
            Require.present(frame, "frame");
        }

        /** A page in Jira's general frame, as every page but the administration's. */
        public Page(int status, String title, String id, boolean headed, List<Section> sections) {
            this(status, title, id, headed, sections, Frame.GENERAL);
        }
    }

    /**
     * The Jira frame a page is decorated with: the general one, or the administration's, whose left menu then marks
     * one of the plugin's own items (the teams and settings, or the health check) as the current page.
     */
    enum Frame {
        /** Jira's decorator of general pages: its header and footer around the page, which brings its own AUI panel. */
        GENERAL("atl.general", ""),
        /** The administration's decorator, "Teams and settings" marked in its menu. */
        ADMIN("atl.admin", "promisedesk-admin-link"),
        /** The administration's decorator, "Health check" marked in its menu. */
        ADMIN_HEALTH("atl.admin", "promisedesk-health-link");

        private final String decorator;
        private final String activeTab;

        Frame(String decorator, String activeTab) {
            this.decorator = decorator;
            this.activeTab = activeTab;
        }

        /** The name of Jira's decorator, for {@code <meta name="decorator">}. */
        public String decorator() {
            return decorator;
        }

        /** The link id of our web-item the admin menu marks ({@code admin.active.tab}); empty outside it. */
        public String activeTab() {
            return activeTab;
        }

        /** Whether Jira's administration frame, whose decorator puts the page into its own AUI page panel. */
        public boolean admin() {
            return !activeTab.isEmpty();
        }
    }

    /** One template with its plain context. */
    record Section(String template, Map<String, Object> context) {
        public Section {
            Require.present(template, "template");
            Require.present(context, "context");
        }
    }

    /** A 303 to {@code location}, an absolute URL or a path under Jira's base URL. */
    record Redirect(String location) implements PageAnswer {
        public Redirect {
            Require.present(location, "location");
        }
    }

    /** Nobody is logged in: the servlet sends the browser to Jira's login page, which comes back here. */
    record Login() implements PageAnswer {
    }

    /** A file the browser saves rather than shows, under a name safe on every client. */
    record Download(String contentType, DownloadName fileName, byte[] body) implements PageAnswer {
        public Download {
            Require.present(contentType, "contentType");
            Require.present(fileName, "fileName");
            body = Require.present(body, "body").clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** The {@code Content-Disposition} header: an attachment under both names. */
        public String contentDisposition() {
            return fileName.contentDisposition();
        }
    }
}
