-- What a person does at the centre (domain §3 "roles": 窗口工作人员, 窗口管理人员, 部门负责人, 管理办公室, 后勤保障);
-- a person has any number of them. The same on Derby and PostgreSQL.
CREATE TABLE STAFF_ROLE (
    STAFF_NUMBER VARCHAR(20) NOT NULL,
    ROLE_NAME VARCHAR(20) NOT NULL,
    PRIMARY KEY (STAFF_NUMBER, ROLE_NAME)
);
