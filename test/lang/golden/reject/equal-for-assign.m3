MODULE Equal;
VAR x: INTEGER;
BEGIN
  x = 4;
END Equal.
