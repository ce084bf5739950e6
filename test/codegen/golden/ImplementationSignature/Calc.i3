(* The interface's signatures: what clients call, with these names and defaults. *)
INTERFACE Calc;

EXCEPTION Negative;

PROCEDURE Scale (x: INTEGER; by: INTEGER := 10): INTEGER;
PROCEDURE Root (n: INTEGER): INTEGER RAISES {Negative};
PROCEDURE ScaleInside (x: INTEGER): INTEGER;

END Calc.
