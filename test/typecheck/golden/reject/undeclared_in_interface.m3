(* Selecting a name that the interface does not declare. *)
MODULE UndeclaredInInterface EXPORTS Main;

IMPORT IO;

BEGIN
  IO.PutText("hello");
END UndeclaredInInterface.
