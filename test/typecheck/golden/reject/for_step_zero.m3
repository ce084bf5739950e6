(* A FOR loop with a zero step would never end. *)
MODULE ForStepZero EXPORTS Main;

BEGIN
  FOR i := 1 TO 10 BY 0 DO END;
END ForStepZero.
