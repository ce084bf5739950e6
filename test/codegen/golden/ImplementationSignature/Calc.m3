(* An implementation whose signatures the interface's cover (report 2.5.3): Scale renames its
   parameters and has a default of its own, which applies within this module; Root raises
   nothing, less than the interface allows. *)
MODULE Calc;

PROCEDURE Scale (value: INTEGER; factor: INTEGER := 2): INTEGER =
  BEGIN
    RETURN value * factor
  END Scale;

PROCEDURE Root (m: INTEGER): INTEGER =
  VAR r := 0;
  BEGIN
    WHILE (r + 1) * (r + 1) <= m DO INC(r) END;
    RETURN r
  END Root;

PROCEDURE ScaleInside (x: INTEGER): INTEGER =
  BEGIN
    RETURN Scale(x)
  END ScaleInside;

BEGIN
END Calc.
