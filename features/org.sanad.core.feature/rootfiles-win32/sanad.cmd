@echo off
rem Starts Sanad on Windows. No command: the workbench. A command: runs headless.
rem   sanad.cmd [--data DIR] [<command> [args...]]
rem Java 21 or newer: %JAVA_HOME%\bin\java.exe, else java on PATH. Data: --data, %SANAD_DATA%,
rem else %USERPROFILE%\.sanad. Extra JVM options: %SANAD_JAVA_OPTS%.
setlocal
set "HERE=%~dp0"
set "DATA=%SANAD_DATA%"
if "%DATA%"=="" set "DATA=%USERPROFILE%\.sanad"
if /I "%~1"=="--data" (
  set "DATA=%~2"
  shift
  shift
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not exist "%DATA%" mkdir "%DATA%"

set "APP="
if not "%~1"=="" set "APP=-application org.sanad.cli.app"
set "ARGS="
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% "%~1"
shift
goto collect

:run
"%JAVA%" -Xms128m -Xmx2g --add-modules=jdk.incubator.vector "-Dsanad.data=%DATA%" %SANAD_JAVA_OPTS% -jar "%LAUNCHER%" -data "%DATA%\workbench" -nosplash %APP% %ARGS%
exit /b %ERRORLEVEL%
