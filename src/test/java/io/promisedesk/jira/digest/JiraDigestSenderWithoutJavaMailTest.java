package io.promisedesk.jira.digest;

import org.junit.Test;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * No Jira 10 source shows that Jira exports {@code javax.mail} to plugins, so the plugin imports it optionally: the
 * digest sender must load, and send, in a bundle that cannot see {@code javax.mail} at all. Our classes are loaded
 * here by a class loader that hides {@code javax.mail}, as a bundle whose optional import stayed unwired would.
 */
public class JiraDigestSenderWithoutJavaMailTest {
    private static final String HTML = "<p>OPS-1: <b>10 maart</b> → 14 maart</p>";

    @Test
    public void withoutJavaMail_theSenderLoads_andQueuesTheDigestAsOneHtmlMail() throws Throwable {
        try (WithoutJavaMail loader = new WithoutJavaMail()) {
            Class<?> mailsType = loader.loadClass("io.promisedesk.digest.DigestMails");
            Class<?> queueType = loader.loadClass("com.atlassian.mail.queue.MailQueue");
            Object mail = loader.loadClass("io.promisedesk.digest.DigestMail")
                    .getConstructor(String.class, String.class, String.class, String.class)
                    .newInstance("sam@example.com", "Promise Desk: 2 ETA's gewijzigd", HTML, "OPS-1: 10 maart → 14 maart");
            List<Object> queued = new ArrayList<>();
            Object mails = Proxy.newProxyInstance(loader, new Class<?>[] {mailsType}, (proxy, method, args) -> mail);
            Object queue = Proxy.newProxyInstance(loader, new Class<?>[] {queueType}, (proxy, method, args) -> {
                queued.add(args[0]);
                return null;
            });
            Class<?> senderType = loader.loadClass(JiraDigestSender.class.getName());

            Object sender = senderType.getConstructor(mailsType, queueType).newInstance(mails, queue);
            Class<?> recipientType = loader.loadClass("io.promisedesk.digest.Recipient");
            Object sam = recipientType.getConstructor(String.class, String.class, String.class, Locale.class)
                    .newInstance("sam", "Sam Sales", "sam@example.com", Locale.ENGLISH);
            // The digest only reaches the fake renderer, which ignores it.
            senderType.getMethod("send", recipientType, loader.loadClass("io.promisedesk.digest.Digest"))
                    .invoke(sender, sam, null);

            assertEquals(1, queued.size());
            Object email = read(queued.get(0), "getEmail", loader.loadClass("com.atlassian.mail.Email"));
            assertEquals("sam@example.com", read(email, "getTo", String.class));
            assertEquals("text/html", read(email, "getMimeType", String.class));
            assertEquals("UTF-8", read(email, "getEncoding", String.class));
            assertEquals(HTML, read(email, "getBody", String.class));
        }
    }

    @Test
    public void theHidingLoader_reallyHidesJavaMail() throws IOException {
        try (WithoutJavaMail loader = new WithoutJavaMail()) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("javax.mail.internet.MimeMultipart"));
        }
    }

    /** One getter, looked up alone: reflection over all of Email's methods would load javax.mail for setMultipart. */
    private static Object read(Object target, String getter, Class<?> type) throws Throwable {
        return MethodHandles.publicLookup().findVirtual(target.getClass(), getter, MethodType.methodType(type))
                .invoke(target);
    }

    /** Loads our compiled classes itself (so their references resolve here), refuses javax.mail, delegates the rest. */
    private static final class WithoutJavaMail extends URLClassLoader {
        WithoutJavaMail() {
            super(new URL[] {JiraDigestSender.class.getProtectionDomain().getCodeSource().getLocation()},
                    JiraDigestSenderWithoutJavaMailTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("javax.mail.")) {
                throw new ClassNotFoundException(name + " is hidden, as from a bundle Jira exports no javax.mail to");
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && (name.startsWith("io.promisedesk.") || name.startsWith("com.atlassian."))) {
                    loaded = findClass(name);
                }
                return loaded != null ? loaded : super.loadClass(name, resolve);
            }
        }
    }
}
