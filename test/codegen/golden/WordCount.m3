(* wc on standard input: lines, words and characters, read one character at a time. *)
MODULE WordCount EXPORTS Main;
IMPORT IO, Rd, Stdio, Fmt;
<*FATAL ANY*>
VAR lines, words, chars := 0; inWord := FALSE; c: CHAR;
BEGIN
  WHILE NOT Rd.EOF(Stdio.stdin) DO
    c := Rd.GetChar(Stdio.stdin);
    INC(chars);
    IF c = '\n' THEN INC(lines) END;
    IF c = ' ' OR c = '\n' OR c = '\t' THEN inWord := FALSE
    ELSIF NOT inWord THEN inWord := TRUE; INC(words)
    END
  END;
  IO.Put(Fmt.Int(lines) & " " & Fmt.Int(words) & " " & Fmt.Int(chars) & "\n")
END WordCount.
