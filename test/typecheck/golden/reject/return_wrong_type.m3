(* The returned value must be assignable to the result type. *)
MODULE ReturnWrongType EXPORTS Main;

PROCEDURE F (): INTEGER =
  BEGIN
    RETURN "one";
  END F;

BEGIN
  EVAL F();
END ReturnWrongType.
