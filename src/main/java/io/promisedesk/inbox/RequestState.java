package io.promisedesk.inbox;

/** Whether an ETA request still waits in its team's inbox or has been answered by setting the ETA. */
public enum RequestState {
    OPEN,
    ANSWERED
}
