-- A waiting room per concert, for the release minute: visitors take a place in line and are let in
-- at the rate the organisers set (see docs/design.md, "The waiting room").
--
--   * waiting_room: the organisers' settings and the room's counter. admitted_through is the
--     admission counter: every place at or before it has been let in. Only the instance holding
--     the room's advisory lock moves it (WaitingRooms.tick), once a second, by the rate
--     (admit_credit carries the fraction of a person between ticks) and the free space;
--   * waiting_place: one row per place. arrival comes from a sequence (the order of arrival);
--     position is the place in line, 1-based per concert and never changed once given: in arrival
--     order after the opening, shuffled in one statement at the opening for the pre-queue (NULL
--     until then). A place is let in (admitted_at), comes in (entered_at, its first use), books
--     (booked_at: its space goes to the next), or is noticed as a no-show (expired_at).
--   * waiting_admission: one row per tick that let people in, so that every instance can tell
--     from memory when a position was let in.
CREATE TABLE waiting_room (
    concert_id        bigint      PRIMARY KEY REFERENCES concert (id),
    enabled           boolean     NOT NULL DEFAULT false,
    active_users      integer     NOT NULL CHECK (active_users BETWEEN 1 AND 1000000),
    admit_per_minute  integer     NOT NULL CHECK (admit_per_minute BETWEEN 1 AND 1000000),
    admission_minutes integer     NOT NULL CHECK (admission_minutes BETWEEN 1 AND 1440),
    prequeue_opens_at timestamptz,
    paused            boolean     NOT NULL DEFAULT false,
    opened            boolean     NOT NULL DEFAULT false,
    sold_out          boolean     NOT NULL DEFAULT false,
    -- Places handed out so far (after the opening), and places taken in the pre-queue.
    last_position     bigint      NOT NULL DEFAULT 0 CHECK (last_position >= 0),
    prequeued         bigint      NOT NULL DEFAULT 0 CHECK (prequeued >= 0),
    admitted_through  bigint      NOT NULL DEFAULT 0 CHECK (admitted_through >= 0),
    admit_credit      double precision NOT NULL DEFAULT 0,
    ticked_at         timestamptz,
    -- Never let in more than were given a place.
    CONSTRAINT waiting_room_admits_only_places CHECK (admitted_through <= last_position)
);

CREATE SEQUENCE waiting_place_arrival;

CREATE TABLE waiting_place (
    id             bigint      PRIMARY KEY DEFAULT nextval('waiting_place_arrival'),
    concert_id     bigint      NOT NULL REFERENCES waiting_room (concert_id),
    position       bigint      CHECK (position >= 1),
    owner_id       bigint      REFERENCES account (id),
    joined_at      timestamptz NOT NULL DEFAULT now(),
    admitted_at    timestamptz,
    entered_at     timestamptz,
    booked_at      timestamptz,
    expired_at     timestamptz,
    -- One place per position, one place per account.
    UNIQUE (concert_id, position),
    UNIQUE (concert_id, owner_id),
    CHECK (entered_at IS NULL OR admitted_at IS NOT NULL),
    CHECK (admitted_at IS NULL OR position IS NOT NULL)
);
-- The places inside the room now (let in, not booked, not expired): counted every tick.
CREATE INDEX waiting_place_inside ON waiting_place (concert_id, admitted_at)
    WHERE admitted_at IS NOT NULL AND booked_at IS NULL AND expired_at IS NULL;
-- The pre-queue, shuffled at the opening.
CREATE INDEX waiting_place_prequeue ON waiting_place (concert_id) WHERE position IS NULL;

CREATE TABLE waiting_admission (
    concert_id       bigint      NOT NULL REFERENCES waiting_room (concert_id),
    through_position bigint      NOT NULL,
    admitted_at      timestamptz NOT NULL,
    PRIMARY KEY (concert_id, through_position)
);
