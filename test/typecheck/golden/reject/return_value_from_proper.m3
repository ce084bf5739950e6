(* A proper procedure returns no value. *)
MODULE ReturnValueFromProper EXPORTS Main;

PROCEDURE P () =
  BEGIN
    RETURN 1;
  END P;

BEGIN
  P();
END ReturnValueFromProper.
