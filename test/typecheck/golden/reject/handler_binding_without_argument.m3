(* A handler can bind the argument only of an exception that has one. *)
MODULE HandlerBindingWithoutArgument EXPORTS Main;

EXCEPTION Plain;

PROCEDURE P () RAISES {Plain} =
  BEGIN
    RAISE Plain;
  END P;

BEGIN
  TRY P() EXCEPT Plain (x) => EVAL x END;
END HandlerBindingWithoutArgument.
