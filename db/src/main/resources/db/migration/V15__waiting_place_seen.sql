-- Issue 25: a place is kept while its holder is there, and for a while after (a closed tab, a lost
-- connection): ticketing.waiting-room.keep-place-minutes, default 5.
--   * waiting_place.seen_at: when the place's holder was last heard from (joined, or polled: each
--     instance writes the places polled on it since its last write, in one statement, every few
--     seconds). A place whose turn comes when its holder has not been heard from for longer than
--     the keep time is passed over: marked let in and expired at once, it takes no space inside
--     and none of the admission rate, and the next in line goes in its stead.
ALTER TABLE waiting_place ADD COLUMN seen_at timestamptz NOT NULL DEFAULT now();
