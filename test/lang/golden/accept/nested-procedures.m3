MODULE Nested;

PROCEDURE Outer(n: INTEGER): INTEGER =
  VAR total := 0;

  PROCEDURE Add(k: INTEGER) =
    PROCEDURE Twice(v: INTEGER): INTEGER =
      BEGIN
        RETURN 2 * v
      END Twice;
    BEGIN
      total := total + Twice(k)
    END Add;

  BEGIN
    FOR i := 1 TO n DO Add(i) END;
    RETURN total
  END Outer;

BEGIN
  EVAL Outer(3)
END Nested.
