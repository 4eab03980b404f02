package vn.doanthe.platform.person;

/**
 * Who a person is is being erased (ẩn danh hóa), inside the anonymisation command: each feature
 * that keeps records of persons erases what in them tells who the person is, and keeps what the
 * counts need.
 */
public record PersonAnonymising(long personId) {
}
