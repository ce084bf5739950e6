(* <*FATAL E*> declares that an exception is not expected: it may go unhandled and unlisted,
   and raising it stops the program. Writers raise Wr.Failure and Thread.Alerted. *)
MODULE FatalPragma EXPORTS Main;

IMPORT Wr, Stdio, Thread;

<*FATAL Wr.Failure, Thread.Alerted*>

BEGIN
  Wr.PutText(Stdio.stdout, "written" & Wr.EOL);
  Wr.Flush(Stdio.stdout);
END FatalPragma.
