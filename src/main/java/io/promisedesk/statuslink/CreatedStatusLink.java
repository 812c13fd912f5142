package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

/** A link just created, with its token in clear: the only time anyone sees the token, so show it once and drop it. */
public record CreatedStatusLink(StatusLink link, StatusLinkToken token) {
    public CreatedStatusLink {
        Require.present(link, "link");
        Require.present(token, "token");
        if (!token.hash().equals(link.hash())) {
            throw new IllegalArgumentException("the token does not hash to the link's hash");
        }
    }
}
