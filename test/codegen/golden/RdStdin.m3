(* Rd on Stdio.stdin: GetChar, UnGetChar, GetLine, GetText, GetSub, CharsReady, EOF, Index and
   EndOfFile at the end of the input. *)
MODULE RdStdin EXPORTS Main;
IMPORT IO, Rd, Stdio, Fmt, Text;
<*FATAL ANY*>
VAR
  rd := Stdio.stdin;
  c: CHAR;
  buf: ARRAY [0 .. 4] OF CHAR;
  n: CARDINAL;
BEGIN
  c := Rd.GetChar(rd);
  IO.Put("first char: " & Fmt.Char(c) & "\n");
  Rd.UnGetChar(rd);
  IO.Put("line after UnGetChar: [" & Rd.GetLine(rd) & "]\n");
  IO.Put("CharsReady > 0: " & Fmt.Bool(Rd.CharsReady(rd) > 0) & "\n");
  IO.Put("GetText(4): [" & Rd.GetText(rd, 4) & "]\n");
  n := Rd.GetSub(rd, buf);
  IO.Put("GetSub: " & Fmt.Int(n) & " [" & Text.FromChars(SUBARRAY(buf, 0, n)) & "]\n");
  IO.Put("rest of the line: [" & Rd.GetLine(rd) & "]\n");
  IO.Put("empty line: [" & Rd.GetLine(rd) & "]\n");
  IO.Put("Index: " & Fmt.Int(Rd.Index(rd)) & "\n");
  IO.Put("line: [" & Rd.GetLine(rd) & "]\n");
  IO.Put("EOF: " & Fmt.Bool(Rd.EOF(rd)) & "\n");
  IO.Put("GetText at end: [" & Rd.GetText(rd, 10) & "]\n");
  IO.Put("GetSub at end: " & Fmt.Int(Rd.GetSub(rd, buf)) & "\n");
  IO.Put("CharsReady at end: " & Fmt.Int(Rd.CharsReady(rd)) & "\n");
  TRY
    c := Rd.GetChar(rd)
  EXCEPT
  | Rd.EndOfFile => IO.Put("GetChar: EndOfFile\n")
  END;
  TRY
    EVAL Rd.GetLine(rd)
  EXCEPT
  | Rd.EndOfFile => IO.Put("GetLine: EndOfFile\n")
  END
END RdStdin.
