MODULE Raises;

IMPORT Errors;

EXCEPTION Bad(TEXT); Plain;

PROCEDURE Check(x: INTEGER) RAISES {Bad, Plain, Errors.Overflow} =
  BEGIN
    IF x < 0 THEN RAISE Bad("negative") END;
    IF x = 0 THEN RAISE Plain END;
    IF x > 1000 THEN RAISE Errors.Overflow(x) END
  END Check;

BEGIN
END Raises.
