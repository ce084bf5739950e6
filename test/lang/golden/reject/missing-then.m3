MODULE Then;
VAR x: INTEGER;
BEGIN
  IF x > 0 x := 0 END
END Then.
