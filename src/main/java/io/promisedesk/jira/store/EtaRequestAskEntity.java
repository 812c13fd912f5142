package io.promisedesk.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One salesperson's ask within an ETA request, by the request's number and its place among the asks. */
@Preload
@Table("ETA_REQUEST_ASK")
public interface EtaRequestAskEntity extends Entity {
    String REQUEST_NO = "REQUEST_NO";
    String LIST_POSITION = "LIST_POSITION";
    String REQUESTER = "REQUESTER";
    String CUSTOMER = "CUSTOMER";
    String URGENCY = "URGENCY";
    String QUESTION = "QUESTION";
    String ASKED_AT = "ASKED_AT";

    @NotNull
    @Indexed
    long getRequestNo();

    @NotNull
    int getListPosition();

    @NotNull
    String getRequester();

    @NotNull
    String getCustomer();

    /** The name of an {@code Urgency}. */
    @NotNull
    String getUrgency();

    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    /** An ISO-8601 instant. */
    @NotNull
    String getAskedAt();
}
