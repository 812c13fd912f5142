package io.promisedesk.statuslink;

import org.junit.Test;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** A status link's token: 256 random bits, URL-safe, hashed with SHA-256, never printed. */
public class StatusLinkTokenTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    public void aToken_carriesAtLeast128RandomBits_inUrlSafeBase64WithoutPadding() {
        StatusLinkToken token = StatusLinkToken.generate(random);

        assertEquals(43, token.text().length());
        assertTrue(token.text(), token.text().matches("[A-Za-z0-9_-]{43}"));
        byte[] decoded = Base64.getUrlDecoder().decode(token.text());
        assertEquals(32, decoded.length);
        assertTrue(decoded.length * 8 >= 128);
    }

    /** Entropy seen from outside: many tokens, no repeat, and every bit position takes both values. */
    @Test
    public void manyTokens_neverRepeat_andEveryBitVaries() {
        assertEveryBitVaries(random);
    }

    /** Negative control for the check above: a generator with a stuck bit is caught. */
    @Test
    public void aGeneratorWithAStuckBit_failsTheEntropyCheck() {
        SecureRandom stuck = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                random.nextBytes(bytes);
                bytes[5] &= (byte) 0xFE;
            }
        };

        assertThrows(AssertionError.class, () -> assertEveryBitVaries(stuck));
    }

    private static void assertEveryBitVaries(SecureRandom generator) {
        Set<String> seen = new HashSet<>();
        byte[] ones = new byte[StatusLinkToken.BYTES];
        byte[] zeros = new byte[StatusLinkToken.BYTES];
        Arrays.fill(zeros, (byte) 0xFF);
        for (int i = 0; i < 2000; i++) {
            StatusLinkToken token = StatusLinkToken.generate(generator);
            assertTrue("repeated token", seen.add(token.text()));
            byte[] bytes = Base64.getUrlDecoder().decode(token.text());
            for (int b = 0; b < bytes.length; b++) {
                ones[b] |= bytes[b];
                zeros[b] &= bytes[b];
            }
        }
        for (int b = 0; b < ones.length; b++) {
            assertEquals("a bit of byte " + b + " was never 1", (byte) 0xFF, ones[b]);
            assertEquals("a bit of byte " + b + " was never 0", (byte) 0, zeros[b]);
        }
    }

    @Test
    public void theHash_isTheSha256OfTheText_asHex_andDiffersFromTheText() {
        StatusLinkToken token = StatusLinkToken.parse("A".repeat(43)).orElseThrow();

        // sha256("AAAA...A" x43), computed independently with `printf 'A%.0s' {1..43} | sha256sum`.
        assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a", token.hash().hex());
        assertFalse(token.hash().hex().contains(token.text()));
        assertEquals(64, token.hash().hex().length());
    }

    @Test
    public void twoTokens_haveTwoHashes_andOneTokenAlwaysTheSame() {
        StatusLinkToken one = StatusLinkToken.generate(random);
        StatusLinkToken other = StatusLinkToken.generate(random);

        assertNotEquals(one.hash(), other.hash());
        assertEquals(one.hash(), StatusLinkToken.parse(one.text()).orElseThrow().hash());
    }

    @Test
    public void textThatCannotBeAToken_parsesToNothing() {
        for (String bad : List.of("", "short", "A".repeat(42), "A".repeat(44), "A".repeat(42) + "=",
                "A".repeat(42) + "/", "A".repeat(42) + "+", "<script>alert(1)</script>" + "A".repeat(18),
                "A".repeat(42) + "\u00e9", " " + "A".repeat(42))) {
            assertEquals(bad, Optional.empty(), StatusLinkToken.parse(bad));
        }
        assertEquals(Optional.empty(), StatusLinkToken.parse(null));
    }

    @Test
    public void aToken_neverPrintsItsText() {
        StatusLinkToken token = StatusLinkToken.generate(random);

        assertFalse(token.toString().contains(token.text()));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aHash_mustBe64LowerCaseHexDigits() {
        new TokenHash("ABC");
    }
}
