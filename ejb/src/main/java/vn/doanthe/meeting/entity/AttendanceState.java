package vn.doanthe.meeting.entity;

/** A member at the roll call: present (có mặt), excused (vắng có lý do), absent (vắng không lý do). */
public enum AttendanceState {
    PRESENT, EXCUSED, ABSENT
}
