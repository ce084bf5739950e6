MODULE MissingSeparator;
VAR x, y: INTEGER;
BEGIN
  x := 1
  y := 2
END MissingSeparator.
