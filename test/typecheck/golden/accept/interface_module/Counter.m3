MODULE Counter;

PROCEDURE Increment (by: Count := 1) RAISES {Overflow} =
  BEGIN
    IF current + by > Limit THEN RAISE Overflow END;
    current := current + by;
  END Increment;

FUNCTIONAL PROCEDURE Remaining (): Count =
  BEGIN
    RETURN Limit - current;
  END Remaining;

BEGIN
  current := 0;
END Counter.
