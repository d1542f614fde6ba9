-- Outbox rows wake the relays on commit (OutboxNotifications): PostgreSQL sends the NOTIFY itself, once per inserting
-- statement, and delivers it once per transaction when (and only if) that transaction commits. The application no
-- longer sends one NOTIFY statement per event, which cost a round trip per event and made Hibernate flush the session
-- before each of them.
create function proficio_outbox_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('proficio_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each statement
execute function proficio_outbox_notify();
