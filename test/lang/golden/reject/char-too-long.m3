MODULE CharLong;
CONST C = 'ab';
BEGIN
END CharLong.
