MODULE Gcd;

PROCEDURE Gcd(a, b: CARDINAL): CARDINAL =
  VAR t: CARDINAL;
  BEGIN
    WHILE b # 0 DO
      t := b;
      b := a MOD b;
      a := t;
    END;
    RETURN a
  END Gcd;

BEGIN
  EVAL Gcd(12, 18)
END Gcd.
