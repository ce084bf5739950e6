(* A module's main body is not a procedure: RETURN has nothing to return from. *)
MODULE ReturnInMainBody EXPORTS Main;

BEGIN
  RETURN;
END ReturnInMainBody.
