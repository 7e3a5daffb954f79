-- Issue #19: a private video room per online consultation.
-- The specialist's choice: GENERATED (a room per booking from VIDEO_ROOM_TEMPLATE) or OWN_LINK (the
-- profile's meeting_url for every booking). New profiles get a room per booking; profiles that already
-- gave their own link keep it, since their clients already hold that link in their invites.
ALTER TABLE specialist ADD COLUMN video_rooms text NOT NULL DEFAULT 'GENERATED'
    CHECK (video_rooms IN ('GENERATED', 'OWN_LINK'));
UPDATE specialist SET video_rooms = 'OWN_LINK' WHERE meeting_url IS NOT NULL;

-- The booking's room name (>= 128 random bits), encrypted with FieldCipher and bound to the row
-- (booking.video_room). Only the two participants see the link; a cancellation clears it.
ALTER TABLE booking ADD COLUMN video_room text;
