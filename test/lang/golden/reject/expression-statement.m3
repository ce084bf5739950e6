MODULE ExprStmt;
VAR x: INTEGER;
BEGIN
  x + 1;
END ExprStmt.
