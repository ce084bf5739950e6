MODULE Paren;
VAR x: INTEGER;
BEGIN
  x := (1 + 2;
  x := 3
END Paren.
