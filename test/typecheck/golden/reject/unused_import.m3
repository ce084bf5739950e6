(* An imported interface that is never used is warned about. *)
MODULE UnusedImport EXPORTS Main;

IMPORT IO, Fmt;

BEGIN
  IO.Put("only IO\n");
END UnusedImport.
