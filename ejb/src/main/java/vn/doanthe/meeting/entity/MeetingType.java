package vn.doanthe.meeting.entity;

/** What a meeting is: regular (sinh hoạt định kỳ), thematic (chuyên đề), extraordinary (bất thường), congress (đại hội). */
public enum MeetingType {
    REGULAR, THEMATIC, EXTRAORDINARY, CONGRESS
}
