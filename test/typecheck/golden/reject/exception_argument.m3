(* RAISE of an exception with an argument must pass a value of its type. *)
MODULE ExceptionArgument EXPORTS Main;

EXCEPTION Failed(TEXT);

PROCEDURE P () RAISES {Failed} =
  BEGIN
    RAISE Failed(42);
  END P;

<*FATAL Failed*>
BEGIN
  P();
END ExceptionArgument.
