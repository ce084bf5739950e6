MODULE Arrow;
VAR x: INTEGER;
BEGIN
  CASE x OF
  | 1 x := 2
  | 2 => x := 3
  END
END Arrow.
