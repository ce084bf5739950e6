(* exit: 1 *)
(* An exception that escapes the main body is a checked run-time error. *)
MODULE Unhandled EXPORTS Main;
IMPORT IO;
EXCEPTION Lost;
<*FATAL Lost*>
BEGIN
  IO.Put("raising\n");
  RAISE Lost
END Unhandled.
