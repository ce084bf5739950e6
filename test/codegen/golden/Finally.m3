(* TRY FINALLY runs its code on normal exit, on an exception, and on RETURN and EXIT. *)
MODULE Finally EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Oops;
PROCEDURE Early (): INTEGER =
  BEGIN
    TRY
      RETURN 1
    FINALLY
      IO.Put("finally after RETURN\n")
    END
  END Early;
PROCEDURE Raising () RAISES {Oops} =
  BEGIN
    TRY
      RAISE Oops
    FINALLY
      IO.Put("finally during exception\n")
    END
  END Raising;
BEGIN
  TRY IO.Put("body\n") FINALLY IO.Put("finally\n") END;
  IO.Put(Fmt.Int(Early()) & "\n");
  TRY Raising() EXCEPT Oops => IO.Put("caught Oops\n") END;
  LOOP
    TRY
      TRY EXIT FINALLY IO.Put("inner finally on EXIT\n") END
    FINALLY
      IO.Put("outer finally on EXIT\n")
    END
  END;
  IO.Put("after loop\n")
END Finally.
