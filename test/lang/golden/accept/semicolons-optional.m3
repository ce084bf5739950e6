MODULE Semicolons;

VAR x: INTEGER;

PROCEDURE A() = BEGIN x := 1; END A;
PROCEDURE B() = BEGIN x := 2 END B;
PROCEDURE C() = BEGIN END C;

BEGIN
  IF x = 1 THEN A(); ELSE B() END;
  WHILE x < 3 DO INC(x); END;
  C();
END Semicolons.
