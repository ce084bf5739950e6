MODULE Hello EXPORTS Main;
IMPORT IO;
BEGIN
  IO.Put("Hello World\n")
END Hello.
