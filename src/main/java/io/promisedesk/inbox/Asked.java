package io.promisedesk.inbox;

import io.promisedesk.common.Require;
/** What became of an ask: a new request in the team's inbox, or one more ask on the open request. */
public sealed interface Asked permits Asked.Opened, Asked.Joined {

    /** The request as it is stored now. */
    EtaRequest request();

    /** Nobody was waiting for this ETA yet: the ask opened a request. */
    record Opened(EtaRequest request) implements Asked {
        public Opened {
            Require.present(request, "request");
        }
    }

    /** Somebody was already waiting: the ask joined their request instead of interrupting twice. */
    record Joined(EtaRequest request) implements Asked {
        public Joined {
            Require.present(request, "request");
        }
    }
}
