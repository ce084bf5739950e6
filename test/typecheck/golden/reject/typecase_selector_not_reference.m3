(* TYPECASE tests a reference's allocated type, so the selector must be a traced reference. *)
MODULE TypecaseSelectorNotReference EXPORTS Main;

VAR n := 1;

BEGIN
  TYPECASE n OF
  ELSE
  END;
END TypecaseSelectorNotReference.
