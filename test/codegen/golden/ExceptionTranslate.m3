(* A handler may raise a different exception, which the next enclosing TRY then handles. *)
MODULE ExceptionTranslate EXPORTS Main;
IMPORT IO, Fmt, Scan;
EXCEPTION BadInput(TEXT);
PROCEDURE Parse (t: TEXT): INTEGER RAISES {BadInput} =
  BEGIN
    TRY RETURN Scan.Int(t) EXCEPT Scan.BadFormat => RAISE BadInput("not a number: " & t) END
  END Parse;
BEGIN
  TRY
    IO.Put(Fmt.Int(Parse("12") + Parse("30")) & "\n");
    IO.Put(Fmt.Int(Parse("x1")) & "\n")
  EXCEPT
  | BadInput (why) => IO.Put(why & "\n")
  END
END ExceptionTranslate.
