MODULE Returns;

PROCEDURE Nothing() =
  BEGIN
    RETURN
  END Nothing;

PROCEDURE Square(x: INTEGER): INTEGER =
  BEGIN
    RETURN x * x;
  END Square;

BEGIN
  Nothing();
  EVAL Square(4)
END Returns.
