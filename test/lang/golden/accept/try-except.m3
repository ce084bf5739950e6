MODULE Copy;

IMPORT Rd, Wr, Stdio, Thread;

<*FATAL Thread.Alerted*>

PROCEDURE CopyAll(rd: Rd.T; wr: Wr.T) =
  BEGIN
    TRY
      LOOP
        Wr.PutChar(wr, Rd.GetChar(rd))
      END
    EXCEPT
    | Rd.EndOfFile => Wr.Flush(wr)
    | Rd.Failure, Wr.Failure (code) => Wr.PutText(Stdio.stderr, "failed\n"); EVAL code
    ELSE
      Wr.PutText(Stdio.stderr, "unexpected\n")
    END
  END CopyAll;

BEGIN
  CopyAll(Stdio.stdin, Stdio.stdout)
END Copy.
