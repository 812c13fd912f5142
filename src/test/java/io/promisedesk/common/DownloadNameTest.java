package io.promisedesk.common;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DownloadNameTest {

    @Test
    public void aRightToLeftOverride_neverReachesTheUtf8Name() {
        DownloadName name = new DownloadName("review.csv", "review-Ma\u202Egnp.exe\u202C.csv");

        assertEquals("attachment; filename=\"review.csv\"; filename*=UTF-8''review-Magnp.exe.csv",
                name.contentDisposition());
    }

    @Test
    public void controlsAndIsolates_areLeftOut() {
        DownloadName name = new DownloadName("review.csv", "ACME\u0000\u0007\u2066Corp\u2069\r\n.csv");

        assertEquals("ACMECorp.csv", name.full());
    }

    @Test
    public void pathSeparatorsQuotesAndWhatWindowsRefuses_becomeOneDash() {
        DownloadName name = new DownloadName("review.csv", "..\\..\\etc/passwd \"x\" a:b*c?d<e>f|g.csv ");

        assertEquals("-..-etc-passwd -x- a-b-c-d-e-f-g.csv", name.full());
        assertEquals("attachment; filename=\"review.csv\"; filename*=UTF-8''-..-etc-passwd%20-x-%20a-b-c-d-e-f-g.csv",
                name.contentDisposition());
    }

    @Test
    public void lettersOfEveryScript_stayInTheUtf8Name() {
        DownloadName name = new DownloadName("review-customer.csv", "review-东京 Zoë.csv");

        assertEquals("attachment; filename=\"review-customer.csv\"; "
                + "filename*=UTF-8''review-%E4%B8%9C%E4%BA%AC%20Zo%C3%AB.csv", name.contentDisposition());
    }

    @Test
    public void aFullNameWithNothingLeft_orADeviceName_fallsBackToTheAsciiName() {
        assertEquals("review.csv", new DownloadName("review.csv", "\u202E\u0000 . ").full());
        assertEquals("review.csv", new DownloadName("review.csv", "NUL.csv").full());
    }

    @Test
    public void anAsciiNameThatIsNotSafe_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new DownloadName("a\"; b.csv", "a.csv"));
        assertThrows(IllegalArgumentException.class, () -> new DownloadName("-rf.csv", "a.csv"));
        assertThrows(IllegalArgumentException.class, () -> new DownloadName("CON.csv", "a.csv"));
        assertThrows(IllegalArgumentException.class, () -> new DownloadName("caf\u00e9.csv", "a.csv"));
    }
}
