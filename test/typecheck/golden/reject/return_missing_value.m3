(* A function procedure's RETURN needs a value of its result type. *)
MODULE ReturnMissingValue EXPORTS Main;

PROCEDURE F (): INTEGER =
  BEGIN
    RETURN;
  END F;

BEGIN
  EVAL F();
END ReturnMissingValue.
