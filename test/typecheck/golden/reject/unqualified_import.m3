(* IMPORT I makes I's names available only qualified, as I.name; the hint says which. *)
MODULE UnqualifiedImport EXPORTS Main;

IMPORT Wr, Stdio, Thread;

<*FATAL Wr.Failure, Thread.Alerted*>

BEGIN
  PutText(Stdio.stdout, "hello");
END UnqualifiedImport.
