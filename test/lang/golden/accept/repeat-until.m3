MODULE Digits;

PROCEDURE Count(n: CARDINAL): CARDINAL =
  VAR digits := 0;
  BEGIN
    REPEAT
      INC(digits);
      n := n DIV 10
    UNTIL n = 0;
    RETURN digits
  END Count;

BEGIN
  EVAL Count(1234)
END Digits.
