MODULE Blocks;

VAR x := 1;

BEGIN
  VAR y := x + 1;
  BEGIN
    x := y
  END;
  BEGIN
    x := x * 2
  END;
  CONST Two = 2;
  TYPE Small = [0 .. Two];
  VAR s: Small := 1;
  PROCEDURE Local(): INTEGER = BEGIN RETURN s END Local;
  BEGIN
    x := Local()
  END
END Blocks.
